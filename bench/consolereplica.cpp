// A second reference for the cold-start benchmark: the console's first screen built from stock Qt
// classes alone — the same window size, menus, docks, widgets, fonts and visible texts as
// drilldeck showing a 500-step runbook before a drill — with no DrillDeck code: no database, no
// YAML, no parse cache, no models or delegates of ours. What this costs over the minimal window is
// what Qt Widgets charges for the screen the design asks for; what drilldeck costs over this is
// DrillDeck's own overhead. Measured by the same first-paint probe.
#include "firstpaintprobe.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int steps = 500; // as the benchmark's runbook

// The console's menus, each with as many actions as drilldeck's (separators and shortcuts aside).
void addMenus(QMainWindow *window)
{
    const struct
    {
        const char *title;
        int actions;
    } menus[] = {{"&File", 9}, {"&Drill", 14}, {"P&rocedure", 9}, {"&Projector", 5},
                 {"&View", 3}, {"&Record", 7}, {"&Help", 3}};
    for (const auto &m : menus) {
        QMenu *menu = window->menuBar()->addMenu(QString::fromLatin1(m.title));
        for (int i = 0; i < m.actions; ++i)
            menu->addAction(u"Action %1"_s.arg(i))
                ->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_A + i)));
    }
}

QWidget *outline(QWidget *parent)
{
    auto *model = new QStandardItemModel(0, 5, parent);
    model->setHorizontalHeaderLabels(
        {u"Step"_s, u"Status"_s, u"Expected"_s, u"Actual"_s, u"Role"_s});
    auto *phase = new QStandardItem(u"Phase 0"_s);
    for (int s = 0; s < steps; ++s)
        phase->appendRow({new QStandardItem(u"Restore part %1 of the service"_s.arg(s)),
                          new QStandardItem, new QStandardItem(u"1m30s"_s), new QStandardItem,
                          new QStandardItem(u"driver"_s)});
    model->appendRow(
        {phase, new QStandardItem, new QStandardItem, new QStandardItem, new QStandardItem});
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QFontMetrics fm = view->fontMetrics();
    view->setColumnWidth(1, fm.horizontalAdvance(u"▶ running  "_s));
    view->setColumnWidth(2, fm.horizontalAdvance(u"Expected   "_s));
    view->setColumnWidth(3, fm.horizontalAdvance(u"1:05:00 ▲+10:00 "_s));
    view->setColumnWidth(4, fm.horizontalAdvance(u"aws-admin  "_s));
    view->expandAll();
    view->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    return view;
}

QWidget *centre(QWidget *parent)
{
    auto *centre = new QWidget(parent);
    auto *layout = new QVBoxLayout(centre);

    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    auto *clock = new QLabel(u"0:00"_s, centre);
    clock->setFont(big);
    QFont mid = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mid.setPointSizeF(mid.pointSizeF() * 1.2);
    auto *rto = new QLabel(u"RTO target 4:00:00"_s, centre);
    rto->setFont(mid);
    auto *clocks = new QHBoxLayout;
    clocks->addWidget(clock);
    clocks->addWidget(new QLabel(u"not started — F5 starts"_s, centre), 0, Qt::AlignBottom);
    clocks->addStretch(1);
    clocks->addWidget(rto, 0, Qt::AlignTop);
    layout->addLayout(clocks);

    layout->addWidget(new QLabel(u"Phase 0"_s, centre));
    QFont titleFont = centre->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    auto *title = new QLabel(u"Restore part 0 of the service"_s, centre);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(
        new QLabel(u"Role: driver  ·  Expected: 1m30s  ·  Automation: scripted"_s, centre));
    auto *instructions = new QTextBrowser(centre);
    instructions->setFrameShape(QFrame::NoFrame);
    instructions->setMarkdown(u"Run the script for part 0 and watch the **log**."_s);
    layout->addWidget(instructions, 1);
    auto *commandBox = new QHBoxLayout;
    auto *command = new QPlainTextEdit(u"./restore.sh --part 0"_s, centre);
    command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    command->setMaximumHeight(command->fontMetrics().lineSpacing() * 5);
    auto *copy = new QToolButton(centre);
    copy->setText(u"Copy"_s);
    commandBox->addWidget(command, 1);
    commandBox->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(commandBox);
    layout->addWidget(new QLabel(u"<b>Verify</b>"_s, centre));
    auto *verify = new QLabel(centre);
    verify->setTextFormat(Qt::MarkdownText);
    verify->setWordWrap(true);
    verify->setText(u"curl -fsS https://example.test/health/0"_s);
    layout->addWidget(verify);
    auto *entry = new QLineEdit(centre);
    entry->setPlaceholderText(
        u"Observation — N to type, Enter logs it. Prefixes: ! issue  ? question  "
        u"+ action item  ~ improvement  * automation candidate  @name who said it"_s);
    layout->addWidget(entry);
    return centre;
}

void addDocks(QMainWindow *window)
{
    auto *logPanel = new QWidget(window);
    auto *logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    auto *category = new QComboBox(logPanel);
    category->addItems({u"All events"_s, u"Observations"_s, u"! issue"_s, u"? question"_s,
                        u"+ action"_s, u"~ improvement"_s, u"* automation"_s});
    auto *author = new QComboBox(logPanel);
    author->addItem(u"Anyone"_s);
    filters->addWidget(category);
    filters->addWidget(author);
    filters->addWidget(new QCheckBox(u"Selected step only"_s, logPanel));
    filters->addStretch(1);
    logLayout->addLayout(filters);
    auto *log = new QTreeView(logPanel);
    log->setModel(new QStandardItemModel(0, 3, log));
    static_cast<QStandardItemModel *>(log->model())
        ->setHorizontalHeaderLabels({u"Time"_s, u"Who"_s, u"What happened"_s});
    log->setRootIsDecorated(false);
    logLayout->addWidget(log);

    auto *injects = new QWidget(window);
    auto *injectsLayout = new QVBoxLayout(injects);
    injectsLayout->setContentsMargins(0, 0, 0, 0);
    injectsLayout->addWidget(new QListWidget(injects), 1);
    injectsLayout->addWidget(new QPushButton(u"Reveal selected (Ctrl+I)"_s, injects));

    auto addDock = [window](QWidget *content, const QString &title) {
        auto *dock = new QDockWidget(title, window);
        dock->setObjectName(title);
        dock->setWidget(content);
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    QDockWidget *logDock = addDock(logPanel, u"Log"_s);
    QDockWidget *injectsDock = addDock(injects, u"Injects (facilitator only)"_s);
    QDockWidget *scenario = addDock(new QTextBrowser(window), u"Scenario (facilitator only)"_s);
    window->tabifyDockWidget(injectsDock, scenario);
    injectsDock->raise();
    window->resizeDocks({logDock}, {430}, Qt::Horizontal);
    window->resizeDocks({logDock, injectsDock}, {500, 400}, Qt::Vertical);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(u"Fusion"_s); // as ConsoleTheme
    QMainWindow window;
    addMenus(&window);
    auto *splitter = new QSplitter(&window);
    splitter->addWidget(outline(splitter));
    splitter->addWidget(centre(splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({700, 700});
    window.setCentralWidget(splitter);
    addDocks(&window);
    window.statusBar()->addPermanentWidget(new QLabel(u"Runbook cold-start.yaml"_s, &window));
    window.statusBar()->addPermanentWidget(new QLabel(u"Database: checking …"_s, &window));
    window.setWindowTitle(u"cold-start.yaml — DrillDeck"_s);
    window.resize(1440, 900);
    FirstPaintProbe::installIfRequested(&window);
    window.show();
    return app.exec();
}
