#pragma once

// A loopback proxy as a user's network has one: HTTP (CONNECT tunnels) or SOCKS5 (no
// authentication). Records where each client asked to go and relays the bytes unchanged.

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace Qddns::Test {

class FakeProxy : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Http, Socks5 };
    explicit FakeProxy(Kind kind, QObject *parent = nullptr);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    /// \brief "host:port" of every tunnel asked for, in order (CONNECT's target, SOCKS5's address).
    QStringList targets() const { return m_targets; }

private:
    void accept();

    Kind m_kind;
    QTcpServer m_server;
    QStringList m_targets;
};

} // namespace Qddns::Test
