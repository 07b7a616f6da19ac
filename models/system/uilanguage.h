// The language DrillDeck speaks: the system's (LANG, LC_ALL, LC_MESSAGES) unless the user picked
// one (View › Language, remembered in QSettings); installs its translations at start-up.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class UiLanguage
{
public:
    // The languages DrillDeck has texts in, as codes ("en", "de"); English is the source.
    static QStringList available();
    // The user's choice: a code of available(), or empty for the system's language.
    static QString chosen();
    // Remembers a choice (empty: the system's language) for the next start.
    static void choose(const QString &code);
    // The code of the language the system asks for, or "en" when DrillDeck has none of its.
    static QString systemLanguage();
    // The code DrillDeck speaks in this process (chosen(), else systemLanguage()).
    static QString effective();
    // The code of the language install() put in place in this process (effective() before it).
    static QString running();
    // The language's own name ("Deutsch", "English"), the same in every language.
    static QString nativeName(const QString &code);
    // Installs the translations of effective() and Qt's own (standard buttons, key names) into
    // the running application, and, for a chosen language, makes it the default locale (dates).
    // Call once, after PluralForms::install() and the application's names are set.
    static void install();
};
