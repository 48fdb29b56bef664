#pragma once

#include "import/profilebuilder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Qddns {

/// \brief Reads ddclient.conf: global and per-host `option=value` assignments (comma or space
/// separated, quoted, continued with `\`), then host names, login and password, as ddclient 3.x
/// and 4.x read them, and hands each host's settings to the ProfileBuilder.
class DdclientImporter
{
public:
    explicit DdclientImporter(ProfileBuilder &builder) : m_builder(builder) {}
    void run(const QByteArray &data);

private:
    struct Host
    {
        QString name;
        int line = 0;
        SourceValues values;
    };

    bool parseLine(const QString &text, const QList<std::pair<qsizetype, int>> &segments,
                   const QHash<QString, SourceValue> &passwords);
    void programOption(const QString &name, const SourceValue &value);
    void importHosts(const QList<Host> &hosts);
    void completeHosts(ProfileDraft &draft, const SourceValue &login);
    void detection(ProfileDraft &draft, const SourceValues &values, QSet<QString> &used);
    bool detector(const QString &strategy, bool v6, const SourceValues &values, const SourceValue &from,
                  QList<DetectorDraft> &into);
    void hostOption(const QString &key, const SourceValue &value, const QString &provider);

    ProfileBuilder &m_builder;
    SourceValues m_globals;
    QList<Host> m_hosts;
    QHash<QString, qsizetype> m_hostIndex;
};

} // namespace Qddns
