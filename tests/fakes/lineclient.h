#pragma once

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocalSocket>
#include <QTest>

namespace Qddns::Test {

// A bare protocol client for the agent's socket tests: writes lines, collects every message the
// agent sends (QLocalSocket: it retries a connect the listen backlog refuses).
class LineClient
{
public:
    explicit LineClient(const QString &path)
    {
        m_socket.connectToServer(path);
        m_socket.waitForConnected(3000);
        QObject::connect(&m_socket, &QLocalSocket::readyRead, [this] { read(); });
    }
    bool connected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    void sendRaw(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.flush();
    }
    void send(const QJsonObject &message) { sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n'); }
    qint64 request(const QString &method, const QJsonObject &params = {})
    {
        const qint64 id = m_nextId++;
        QJsonObject message{{"id", id}, {"method", method}};
        if (!params.isEmpty())
            message.insert("params", params);
        send(message);
        return id;
    }
    /// \brief The reply to \a id, waiting up to \a ms (an empty object when none came).
    QJsonObject reply(qint64 id, int ms = 10000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            for (const QJsonObject &m : std::as_const(m_messages)) {
                if (m.contains("id") && m.value("id").toInteger() == id)
                    return m;
            }
            QTest::qWait(5);
        }
        return {};
    }
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int ms = 10000) { return reply(request(method, params), ms); }
    QList<QJsonObject> events() const
    {
        QList<QJsonObject> list;
        for (const QJsonObject &m : m_messages) {
            if (m.contains("event"))
                list.append(m);
        }
        return list;
    }
    QList<QJsonObject> messages() const { return m_messages; }
    bool waitForDisconnected(int ms)
    {
        QDeadlineTimer deadline(ms);
        while (m_socket.state() != QLocalSocket::UnconnectedState && !deadline.hasExpired())
            QTest::qWait(5);
        return m_socket.state() == QLocalSocket::UnconnectedState;
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            m_messages.append(QJsonDocument::fromJson(m_buffer.left(newline)).object());
            m_buffer.remove(0, newline + 1);
        }
    }
    QLocalSocket m_socket;
    QByteArray m_buffer;
    QList<QJsonObject> m_messages;
    qint64 m_nextId = 1;
};

} // namespace Qddns::Test
