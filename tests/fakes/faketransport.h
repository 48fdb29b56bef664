#pragma once

// A transport without sockets: records every step an engine hands it and answers from a script,
// on the next event-loop turn like the real ones. Logic tests run whole cycles with it.

#include "engine/transport.h"

#include <QTimer>

#include <deque>
#include <functional>

namespace Qddns::Test {

class FakeTransport : public Transport
{
public:
    /// \brief The answer to a step; by default HTTP 200 "good <myip>" per host (DynDNS2).
    using Script = std::function<TransportReply(const TransportRequest &)>;

    void setScript(Script script) { m_script = std::move(script); }
    const QList<TransportRequest> &sent() const { return m_sent; }
    QList<HttpRequest> httpSent() const
    {
        QList<HttpRequest> list;
        for (const TransportRequest &r : m_sent) {
            if (const auto *http = std::get_if<HttpRequest>(&r))
                list.append(*http);
        }
        return list;
    }
    void clear() { m_sent.clear(); }

    void send(const TransportRequest &request, const Options &, QObject *context, Callback done) override
    {
        m_sent.append(request);
        const TransportReply reply = m_script ? m_script(request) : TransportReply(HttpReply{200, "good", {}, {}});
        QTimer::singleShot(0, context, [done = std::move(done), reply] { done(reply); });
    }
    void abortAll() override {}

private:
    Script m_script;
    QList<TransportRequest> m_sent;
};

} // namespace Qddns::Test
