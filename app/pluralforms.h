// The English plural forms of DrillDeck's texts: a text written once with %n ("%n step(s) still
// running") reads "1 step still running" and "3 steps still running". Qt's way for the source
// language: a translation of the plural texts only (resources/translations/drilldeck_en.ts).
#pragma once

class PluralForms
{
public:
    // Installs them into the running application; false when the compiled forms are missing.
    static bool install();
};
