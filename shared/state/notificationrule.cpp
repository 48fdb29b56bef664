#include "state/notificationrule.h"

namespace Qddns {

void NotificationPacer::markPending(const QDateTime &now, std::chrono::seconds wait)
{
    if (!isPending())
        m_due = now.addSecs(wait.count());
}

void NotificationPacer::endCollecting(const QDateTime &now)
{
    if (m_due.isValid() && m_due > now)
        m_due = now;
}

QDateTime NotificationPacer::due() const
{
    if (!m_due.isValid())
        return {};
    if (!m_lastSpoke.isValid())
        return m_due;
    const QDateTime quietEnds = m_lastSpoke.addSecs(m_quiet.count());
    return quietEnds > m_due ? quietEnds : m_due;
}

bool NotificationPacer::isDue(const QDateTime &now) const
{
    const QDateTime when = due();
    return when.isValid() && when <= now;
}

void NotificationPacer::taken(const QDateTime &now, bool spoke)
{
    m_due = {};
    if (spoke)
        m_lastSpoke = now;
}

void ChangeCollapse::changed(const QString &oldAddress, const QString &newAddress)
{
    if (!m_pending) {
        // From what was last told, not the event's `old`: that is what makes a flap that ends
        // where it began tell nothing.
        m_pending = true;
        m_from = m_hasTold ? m_told : oldAddress;
    }
    m_to = newAddress;
}

std::optional<ChangeCollapse::Change> ChangeCollapse::take()
{
    if (!m_pending)
        return std::nullopt;
    m_pending = false;
    m_told = m_to;
    m_hasTold = true;
    if (m_to == m_from)
        return std::nullopt;
    return Change{m_from, m_to};
}

void ChangeCollapse::dropPending()
{
    if (m_pending)
        setTold(m_to);
    m_pending = false;
}

void ChangeCollapse::setTold(const QString &address)
{
    m_told = address;
    m_hasTold = true;
}

bool TroubleRule::begins(const QString &key, Trouble trouble)
{
    const auto known = m_bad.constFind(key);
    if (known != m_bad.cend() && (known.value() == trouble || known.value() == Trouble::Held))
        return false;
    m_bad.insert(key, trouble);
    return true;
}

bool TroubleRule::ends(const QString &key)
{
    return m_bad.remove(key) > 0;
}

} // namespace Qddns
