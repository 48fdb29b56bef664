#pragma once

#include "engine/engine.h"
#include "server/localserver.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace Qddns {

class AgentService;
class HookRunner;
struct LogLine;

/// \brief What the socket's requests mean, and the events the agent publishes: turns the
/// service's state into protocol messages (ipc/protocol.h). Never puts a secret in one.
class AgentApi : public QObject
{
    Q_OBJECT
public:
    AgentApi(AgentService *service, LocalServer *server, QObject *parent = nullptr);

    /// \brief The hooks whose runs `status` shows and `hooks.test` uses (none: neither).
    void setHooks(HookRunner *hooks) { m_hooks = hooks; }

    void handle(const QString &method, const QJsonObject &params, Responder responder);
    /// \brief Answers the requests still waiting for a cycle with shuttingDown.
    void shutDown();

    /// \brief The `status` reply.
    QJsonObject status() const;

private:
    void configGet(Responder &responder) const;
    void configValidate(const QJsonObject &params, Responder &responder) const;
    void configSet(const QJsonObject &params, Responder &responder);
    void update(const QJsonObject &params, Responder &responder, bool detectOnly);
    void testProfile(const QJsonObject &params, Responder &responder);
    void testHook(const QJsonObject &params, Responder &responder);
    QJsonArray hooksStatus() const;
    void secretChanged(const QJsonObject &params, Responder &responder);
    void history(const QJsonObject &params, Responder &responder) const;
    void logs(const QJsonObject &params, Responder &responder) const;
    void onCycleFinished(const QList<RecordEvent> &reports);
    QJsonObject addresses() const;

    struct Waiting
    {
        quint64 cycle;
        QString profile;  ///< empty: all
        bool detectOnly;
        Responder responder;
    };

    AgentService *m_service;
    LocalServer *m_server;
    HookRunner *m_hooks = nullptr;
    QList<Waiting> m_waiting;
};

} // namespace Qddns
