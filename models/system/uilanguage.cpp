#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
const QString kLanguage = u"ui/language"_s;
QString g_running; // what install() put in place

QLocale localeOf(const QString &code)
{
    return code == u"de" ? QLocale(QLocale::German, QLocale::Germany)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslator(const QString &fileName, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, folder) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}
} // namespace

QStringList UiLanguage::available()
{
    return {u"en"_s, u"de"_s};
}

QString UiLanguage::chosen()
{
    const QString code = QSettings().value(kLanguage).toString();
    return available().contains(code) ? code : QString();
}

void UiLanguage::choose(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(kLanguage, code);
    else
        settings.remove(kLanguage);
}

QString UiLanguage::systemLanguage()
{
    // The first of the system's languages DrillDeck speaks (LANGUAGE may list several).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).toLower();
        if (available().contains(code))
            return code;
    }
    return u"en"_s;
}

QString UiLanguage::effective()
{
    const QString code = chosen();
    return code.isEmpty() ? systemLanguage() : code;
}

QString UiLanguage::running()
{
    return g_running.isEmpty() ? effective() : g_running;
}

QString UiLanguage::nativeName(const QString &code)
{
    const QString name = localeOf(code).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

void UiLanguage::install()
{
    const QString code = effective();
    g_running = code;
    if (!chosen().isEmpty() && localeOf(code).language() != QLocale::system().language())
        QLocale::setDefault(localeOf(code));
    if (code == u"en")
        return; // the source texts, with the English plural forms (PluralForms)
    installTranslator(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(u"drilldeck_"_s + code, u":/i18n"_s);
}
