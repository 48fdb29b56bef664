#include "settings/agentnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Qddns::Gui {

AgentNotice::AgentNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_start(new QPushButton(tr("Start the agent"), this))
    , m_open(new QPushButton(tr("Open the configuration file"), this))
{
    setObjectName(QStringLiteral("agentNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] {
        m_text->setText(tr("Starting the agent…"));
        m_start->setEnabled(false); // until it answers or says why not (setProblem)
        Q_EMIT startRequested();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_configPath)))
            Q_EMIT openFailed(tr("No program to open %1 with: open it in a text editor.").arg(QDir::toNativeSeparators(m_configPath)));
    });
    refresh();
}

void AgentNotice::setProblem(const QString &problem)
{
    m_problem = problem;
    refresh();
}

void AgentNotice::setConfigPath(const QString &path)
{
    m_configPath = path;
    refresh();
}

QString AgentNotice::text() const
{
    return m_text->text();
}

void AgentNotice::refresh()
{
    m_start->setEnabled(true);
    const QString where = QDir::toNativeSeparators(m_configPath);
    if (m_problem.isEmpty()) {
        m_text->setText(tr("The qddns agent is not running. It checks and saves these settings: start it to "
                           "change them."));
    } else {
        m_text->setText(tr("The agent did not start:\n%1\n\nCorrect the configuration file%2, then start the "
                           "agent again. Once it runs, these settings can be changed here.")
                            .arg(m_problem, where.isEmpty() ? QString() : QStringLiteral(" ") + where));
    }
    m_open->setVisible(!m_configPath.isEmpty() && QFileInfo::exists(m_configPath));
}

} // namespace Qddns::Gui
