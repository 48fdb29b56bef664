#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace Qddns::Gui {

/// One tray app per user: the first `qddns` holds a lock and listens on a local socket; a second
/// one tells it to raise its window and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   ///< this process runs the app; raiseRequested() reports later starts
        Secondary, ///< another instance runs and was told to raise its window: exit
        Failed,    ///< another instance holds the lock but did not answer, or no socket: run anyway
    };

    /// \a name: a socket path, or a plain name QLocalServer places in the user's space.
    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Linux: $XDG_RUNTIME_DIR/qddns/gui.socket (beside the agent's socket); elsewhere, or
    /// without XDG_RUNTIME_DIR, a name per user.
    static QString defaultName();

    QString name() const { return m_name; }
    /// Takes the lock and listens, or tells the running instance; blocks for at most a few seconds.
    Role start();
    /// Why start() returned Failed, for a warning.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// Another `qddns` was started: show the main window.
    void raiseRequested();

private:
    bool tellRunningInstance();
    void onNewConnection();

    QString m_name;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Qddns::Gui
