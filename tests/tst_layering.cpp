// The architecture the folders promise, checked over the whole tree (docs/ARCHITECTURE.md):
// app -> widgets -> models and never back, models free of QtWidgets, SQL written only behind the
// stores in models/store/, and nothing SQLite-only outside its side of the seam,
// models/store/sqlite/ (issue 17, item 3).
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

// The string literals of code, adjacent ones joined as the compiler joins them: the SQL a file
// writes, without its comments and names.
QStringList literals(const QString &code)
{
    static const QRegularExpression literal(u"(?:\\bu8?|\\bL)?\"((?:[^\"\\\\\\n]|\\\\.)*)\""_s);
    static const QRegularExpression between(u"^\\s*$"_s);
    QStringList out;
    qsizetype end = -1;
    for (const QRegularExpressionMatch &m : literal.globalMatch(code)) {
        const bool adjacent =
            end >= 0 && between.match(code.mid(end, m.capturedStart() - end)).hasMatch();
        if (adjacent)
            out.last() += m.captured(1);
        else
            out << m.captured(1);
        end = m.capturedEnd();
    }
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

    // The second backend is a dialect and a connection: the stores and the schema's history
    // write SQL that PostgreSQL reads as SQLite does, and what differs goes through SqlDialect.
    // Whatever only SQLite understands is written in models/store/sqlite/ alone.
    void nothingSqliteOnlyOutsideTheSqliteSide()
    {
        static const QRegularExpression sqliteOnly(
            u"\\bPRAGMA\\b|\\bAUTOINCREMENT\\b|\\bINTEGER\\s+PRIMARY\\s+KEY\\b|\\bBLOB\\b|"
            "\\browid\\b|\\blast_insert_rowid\\b|\\bINSERT\\s+OR\\s+\\w+|\\bREPLACE\\s+INTO\\b|"
            "\\bRAISE\\s*\\(\\s*(ABORT|FAIL|ROLLBACK|IGNORE)\\b|\\bsqlite_\\w+|\\bQSQLITE|"
            "\\b(datetime|julianday|strftime|unixepoch|ifnull|printf)\\s*\\(|\\bGLOB\\b|"
            "\\bVACUUM\\b|"
            "\\bBEGIN\\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\\b|\\bLIMIT\\s+\\S+\\s*,|"
            "\\b(max|min|sum|total)\\s*\\([^()]*(=|<>|<|>)[^()]*\\)"_s,
            QRegularExpression::CaseInsensitiveOption);
        // Qt's way to SQLite's rowid, in the code itself (not in a string).
        static const QRegularExpression rowidCall(u"\\blastInsertId\\s*\\("_s);
        int sqliteSide = 0;
        for (const QString &top : {u"models"_s, u"widgets"_s, u"app"_s})
            for (const SourceFile &f : sources(top)) {
                const bool sqlite = f.path.startsWith(u"models/store/sqlite/"_s);
                QStringList found;
                for (const QString &text : literals(f.code))
                    if (const QRegularExpressionMatch m = sqliteOnly.match(text); m.hasMatch())
                        found << m.captured(0);
                if (const QRegularExpressionMatch m = rowidCall.match(f.code); m.hasMatch())
                    found << m.captured(0);
                if (sqlite)
                    sqliteSide += !found.isEmpty();
                else
                    QVERIFY2(found.isEmpty(),
                             qPrintable(u"%1 writes what only SQLite understands (%2): say it "
                                        "through SqlDialect, or in models/store/sqlite/"_s.arg(
                                            f.path, found.join(u", "_s))));
            }
        QVERIFY(sqliteSide >= 3); // the check reads what it should: the SQLite side is caught
    }

    // The stores and the schema's history see a StoreConnection and its SqlDialect, never the
    // SQLite file's classes: a store that reaches for Database works for one backend only.
    void storesSeeOnlyTheSeam()
    {
        QSet<QString> sqliteHeaders;
        const QList<SourceFile> store = sources(u"models/store"_s);
        for (const SourceFile &f : store)
            if (f.path.startsWith(u"models/store/sqlite/"_s) && f.path.endsWith(u".h"_s))
                sqliteHeaders.insert(QFileInfo(f.path).fileName());
        QVERIFY(sqliteHeaders.contains(u"database.h"_s));
        int portable = 0;
        for (const SourceFile &f : store) {
            const QString name = QFileInfo(f.path).completeBaseName();
            if (f.path.startsWith(u"models/store/sqlite/"_s) ||
                (!name.endsWith(u"store"_s) && name != u"schemahistory"_s))
                continue;
            ++portable;
            for (const QString &h : includes(f.code))
                QVERIFY2(!sqliteHeaders.contains(h),
                         qPrintable(u"%1 includes %2 from models/store/sqlite/: a store sees "
                                    "a StoreConnection"_s.arg(f.path, h)));
        }
        QVERIFY(portable >= 8); // three stores and the schema history, .h and .cpp
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
