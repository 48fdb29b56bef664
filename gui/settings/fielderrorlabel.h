#pragma once

class QLabel;
class QWidget;

namespace Qddns::Gui {

/// \brief The label under a field that shows the agent's message about it: plain text, wrapped,
/// in an error colour, hidden until there is something to say.
QLabel *createFieldErrorLabel(QWidget *parent);

} // namespace Qddns::Gui
