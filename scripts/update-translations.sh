#!/usr/bin/env bash
# Brings the German translation, resources/translations/drilldeck_de.ts, up to date with the
# sources: new texts come in marked type="unfinished" (translate them, remove the mark), texts
# gone from the sources go. tst_translations fails while a text is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -source-language en -target-language de \
    app widgets models -ts resources/translations/drilldeck_de.ts
