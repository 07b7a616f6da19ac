// The architecture the folders promise, checked over the whole tree (docs/ARCHITECTURE.md):
// app -> widgets -> models and never back, models free of QtWidgets, and SQL written only
// behind the stores in models/store/ (issue 17, item 3).
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct SourceFile
{
    QString path; // relative to the source folder, e.g. models/store/database.cpp
    QString code;
};

QList<SourceFile> sources(const QString &top)
{
    const QString root = QStringLiteral(DRILLDECK_SOURCE_DIR);
    QList<SourceFile> out;
    QDirIterator it(root + u'/' + top, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        out.append(
            {QDir(root).relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
    }
    return out;
}

// The quoted headers a file includes: "name.h".
QStringList includes(const QString &code)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s,
                                            QRegularExpression::MultilineOption);
    QStringList out;
    for (const QRegularExpressionMatch &m : include.globalMatch(code))
        out << QFileInfo(m.captured(1)).fileName();
    return out;
}

QSet<QString> headerNames(const QList<SourceFile> &files)
{
    QSet<QString> out;
    for (const SourceFile &f : files)
        if (f.path.endsWith(u".h"_s))
            out.insert(QFileInfo(f.path).fileName());
    return out;
}
} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachLayerIncludesOnlyTheOnesBelow()
    {
        const QList<SourceFile> models = sources(u"models"_s);
        const QList<SourceFile> widgets = sources(u"widgets"_s);
        const QList<SourceFile> app = sources(u"app"_s);
        QVERIFY(models.size() > 100 && widgets.size() > 50 && app.size() > 20);
        const QSet<QString> widgetHeaders = headerNames(widgets);
        const QSet<QString> appHeaders = headerNames(app);
        for (const SourceFile &f : models)
            for (const QString &h : includes(f.code))
                QVERIFY2(!widgetHeaders.contains(h) && !appHeaders.contains(h),
                         qPrintable(u"%1 includes %2 from a layer above"_s.arg(f.path, h)));
        for (const SourceFile &f : widgets)
            for (const QString &h : includes(f.code))
                QVERIFY2(!appHeaders.contains(h),
                         qPrintable(u"%1 includes %2 from app/"_s.arg(f.path, h)));
    }

    void modelsUseNoWidgets()
    {
        static const QRegularExpression widgetsInclude(
            u"#\\s*include\\s*<(QtWidgets/.*|QWidget|QApplication|QDialog|QMessageBox|QLabel|"
            "QAction|QMainWindow|QStyle)>"_s);
        for (const SourceFile &f : sources(u"models"_s)) {
            const QRegularExpressionMatch m = widgetsInclude.match(f.code);
            QVERIFY2(!m.hasMatch(), qPrintable(u"%1: %2"_s.arg(f.path, m.captured(0))));
        }
    }

    // One seam for the store: a second backend is a dialect and a connection inside
    // models/store/, not SQL spread through the report, the demo or the windows.
    void sqlIsWrittenOnlyBehindTheStores()
    {
        static const QRegularExpression sql(
            u"QSqlQuery|QSqlDatabase|\\bPRAGMA\\b|\\bSELECT\\s|\\bINSERT\\s+INTO\\b|\\bUPDATE\\s+\\w+\\s+SET\\b"_s);
        int stores = 0;
        for (const QString &top : {u"models"_s, u"widgets"_s, u"app"_s})
            for (const SourceFile &f : sources(top)) {
                const bool store = f.path.startsWith(u"models/store/"_s);
                const QRegularExpressionMatch m = sql.match(f.code);
                if (store)
                    stores += m.hasMatch();
                else
                    QVERIFY2(!m.hasMatch(),
                             qPrintable(u"%1 writes SQL (%2): it belongs in a store in "
                                        "models/store/"_s.arg(f.path, m.captured(0))));
            }
        QVERIFY(stores >= 3); // the check reads what it should
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
