#include "quitquestion.h"

#include <QMessageBox>
#include <QPushButton>

bool QuitQuestion::confirm(QWidget *parent, Drill::State state)
{
    if (state != Drill::State::Running && state != Drill::State::Paused)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Quit DrillDeck"),
                    state == Drill::State::Paused ? tr("The drill is paused. Quit DrillDeck?")
                                                  : tr("A drill is running. Quit DrillDeck?"),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        (state == Drill::State::Paused
             ? tr("The projector closes too.")
             : tr("The projector closes too, and the drill's clocks keep running while "
                  "DrillDeck is closed (P pauses the drill first).")) +
        u' ' +
        tr("Everything so far is saved: the drill can be resumed later, the next start "
           "offers to resume it."));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == quit;
}
