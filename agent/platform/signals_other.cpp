#include "platform/signals.h"

namespace Qddns {

// No signals here: a Windows service is stopped through its control handler (service_win.cpp),
// a console run by closing it.
struct SignalWatcher::Private
{
};

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

SignalWatcher::~SignalWatcher() = default;

} // namespace Qddns
