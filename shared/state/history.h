#pragma once

#include "core/addressrules.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Qddns {

/// \brief One change of the public address of a family.
struct HistoryEntry
{
    QDateTime time;
    Family family = Family::IPv4;
    QString oldAddress; ///< empty for the first address ever seen
    QString newAddress;
    QString detector;

    bool operator==(const HistoryEntry &) const = default;
};

/// \brief The IP history journal: history.jsonl in the state directory, one JSON object per
/// line, appended on each change and bounded (the oldest entries are dropped).
class IpHistory
{
public:
    explicit IpHistory(const QString &directory, int maxEntries = 10000);

    QString path() const { return m_path; }
    int maxEntries() const { return m_maxEntries; }

    /// \brief Appends \a entry; compacts the file to maxEntries when it has grown past it.
    bool append(const HistoryEntry &entry);
    /// \brief Entries with since <= time < until (invalid bounds are open), oldest first, among
    /// the newest maxEntries of the journal: the file may hold a little more between compactions.
    QList<HistoryEntry> read(const QDateTime &since = {}, const QDateTime &until = {}) const;

private:
    QString m_path;
    int m_maxEntries;
    int m_lines = -1; ///< lines in the file, counted lazily
};

} // namespace Qddns
