#pragma once

#include "import/profilebuilder.h"

#include <QByteArray>

namespace Qddns {

class DdnsUpdaterImporter
{
public:
    explicit DdnsUpdaterImporter(ProfileBuilder &builder) : m_builder(builder) {}
    void run(const QByteArray &data);

private:
    ProfileBuilder &m_builder;
};

} // namespace Qddns
