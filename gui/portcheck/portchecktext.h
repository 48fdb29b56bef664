#pragma once

#include "portcheck/portcheck.h"

#include <QCoreApplication>

namespace Qddns::Gui {

/// Turns the port check's codes into translated, plain-language text. Kept apart from the logic so
/// the checker and the advice rules are tested without strings.
class PortCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Qddns::Gui::PortCheckText)
public:
    static QString port(const PortSpec &spec);
    static QString listening(const PortResult &result);
    static QString name(const NameCheck &name, const QString &hostName);
    static QString reachable(const PortResult &result);
    static QString probe(const PortResult &result);
    /// Tooltip for the status columns: the socket or resolver error behind a "No".
    static QString listeningDetail(const PortResult &result);
    static QString reachableDetail(const PortResult &result);
    static QString advice(const PortResult &result, const PortCheckReport &report);
    /// Empty when there is nothing to warn about.
    static QString wan(const WanCheck &wan);
    static QString portListError(const PortListError &error);
    static QString connectFailure(ConnectFailure failure);
    static QString addresses(const QList<QHostAddress> &addresses);
};

} // namespace Qddns::Gui
