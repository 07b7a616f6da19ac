#include "languagemenu.h"

#include "uilanguage.h"

#include <QActionGroup>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    auto add = [this](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == UiLanguage::chosen());
        m_choices->addAction(action);
    };
    add(tr("&System Language (%1)").arg(UiLanguage::nativeName(UiLanguage::systemLanguage())),
        QString());
    addSeparator();
    for (const QString &code : UiLanguage::available())
        add(UiLanguage::nativeName(code), code);
    addSeparator();
    addAction(tr("Applies at the next start"))->setEnabled(false);

    connect(m_choices, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        UiLanguage::choose(code);
        const QString picked = code.isEmpty() ? UiLanguage::systemLanguage() : code;
        const QString language = UiLanguage::nativeName(picked);
        Q_EMIT chosen(picked == UiLanguage::running()
                          ? tr("DrillDeck speaks %1").arg(language)
                          : tr("DrillDeck speaks %1 from the next start").arg(language));
    });
}
