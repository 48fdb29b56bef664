#pragma once

#include <QByteArray>
#include <QList>

namespace Qddns::Ipc {

/// \brief Splits a byte stream into lines, whatever the chunks it arrives in: a read may hold
/// half a line or several. A line longer than the limit is an overflow: the stream cannot be
/// trusted to resynchronise, so the reader stops (the caller closes the connection).
class LineReader
{
public:
    explicit LineReader(qsizetype maxLineBytes);

    /// \brief Adds received bytes; returns the lines completed by them, without the newline
    /// (a trailing '\r' is dropped too). After an overflow, nothing more is returned.
    QList<QByteArray> feed(const QByteArray &data);
    bool overflowed() const { return m_overflowed; }
    /// \brief Bytes of an incomplete line held back.
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_max;
    bool m_overflowed = false;
};

} // namespace Qddns::Ipc
