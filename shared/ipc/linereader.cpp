#include "ipc/linereader.h"

namespace Qddns::Ipc {

LineReader::LineReader(qsizetype maxLineBytes) : m_max(maxLineBytes) {}

QList<QByteArray> LineReader::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        // Checked before copying: a peer streaming an endless line costs at most the limit.
        if (m_buffer.size() + (end - start) > m_max) {
            m_overflowed = true;
            m_buffer.clear();
            return lines;
        }
        m_buffer.append(data.constData() + start, end - start);
        if (newline < 0)
            break;
        if (m_buffer.endsWith('\r'))
            m_buffer.chop(1);
        lines.append(std::exchange(m_buffer, QByteArray()));
        start = newline + 1;
    }
    return lines;
}

} // namespace Qddns::Ipc
