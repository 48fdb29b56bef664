#pragma once

#include "import/profilebuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Qddns {

/// \brief Reads OpenWrt's /etc/config/ddns (UCI syntax: `config TYPE 'NAME'` sections of
/// `option NAME 'VALUE'` and `list NAME 'VALUE'` lines) as ddns-scripts reads it, and hands each
/// enabled `config service` section to the ProfileBuilder.
class OpenWrtImporter
{
public:
    explicit OpenWrtImporter(ProfileBuilder &builder) : m_builder(builder) {}
    void run(const QByteArray &data);

    struct Section
    {
        QString type;
        QString name;
        int line = 0;
        SourceValues options;
    };

private:
    bool parse(const QString &text);
    void globalSection(const Section &section);
    void importService(const Section &section);
    void detection(ProfileDraft &draft, const Section &section, QSet<QString> &used);

    ProfileBuilder &m_builder;
    QList<Section> m_sections;
};

} // namespace Qddns
