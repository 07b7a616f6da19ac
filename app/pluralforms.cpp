#include "pluralforms.h"

#include <QCoreApplication>
#include <QTranslator>

bool PluralForms::install()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/drilldeck_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}
