#pragma once

// What every fuzz target shares: an invariant check that aborts (libFuzzer and the replay tests
// both report an abort as a failure, with the input that caused it), and a reader that takes a
// fuzz input apart into the pieces a target needs.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::Qddns::Fuzz::fail(#condition, (what), __FILE__, __LINE__);                                               \
    } while (false)

namespace Qddns::Fuzz {

[[noreturn]] inline void fail(const char *condition, const QString &what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n    %s\n", file, line, condition, qUtf8Printable(what));
    std::fflush(stderr);
    std::abort();
}

/// \brief Takes a fuzz input apart from the front; past its end every read gives zeros or nothing,
/// so a target never has to check the input's length.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(reinterpret_cast<const char *>(data)), m_size(qsizetype(size)) {}

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype remaining() const { return m_size - m_pos; }

    quint8 byte()
    {
        return atEnd() ? 0 : quint8(m_data[m_pos++]);
    }
    quint16 u16()
    {
        const quint16 high = byte();
        return quint16(high << 8 | byte());
    }
    QByteArray bytes(qsizetype count)
    {
        count = std::min(count, remaining());
        const QByteArray taken(m_data + m_pos, count);
        m_pos += count;
        return taken;
    }
    /// \brief A piece prefixed by its 16-bit length (cut short at the input's end).
    QByteArray chunk() { return bytes(u16()); }
    QByteArray rest() { return bytes(remaining()); }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace Qddns::Fuzz
