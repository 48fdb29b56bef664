// The socket's line framing (shared/ipc/linereader) against a model of it: whatever the chunks a
// stream arrives in, the same lines come out (without '\n' and one trailing '\r'), in order; a
// line longer than the limit stops the reader for good; an incomplete tail is held back whole.
#include "fuzzcheck.h"

#include "ipc/linereader.h"

#include <QList>

using namespace Qddns;

namespace {

struct Expected
{
    QList<QByteArray> lines;
    bool overflow = false;
    qsizetype pending = 0;
};

Expected model(const QByteArray &stream, qsizetype max)
{
    Expected e;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = stream.indexOf('\n', start);
        const QByteArray line = stream.mid(start, newline < 0 ? -1 : newline - start);
        if (line.size() > max) {
            e.overflow = true;
            return e;
        }
        if (newline < 0) {
            e.pending = line.size();
            return e;
        }
        e.lines.append(line.endsWith('\r') ? line.chopped(1) : line);
        start = newline + 1;
    }
}

QString describe(const QList<QByteArray> &lines)
{
    QStringList parts;
    for (const QByteArray &l : lines)
        parts << QString::fromLatin1(l.toPercentEncoding());
    return parts.join(QLatin1Char('|'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const qsizetype max = 1 + in.byte() % 64 * 4;
    quint32 seed = in.u16() | 1u;
    const QByteArray stream = in.rest();
    const Expected want = model(stream, max);

    // Chunks of 1..32 bytes from a small generator seeded by the input, and the whole at once.
    for (int pass = 0; pass < 2; ++pass) {
        Ipc::LineReader reader(max);
        QList<QByteArray> got;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            seed = seed * 1103515245u + 12345u;
            const qsizetype n = pass == 0 ? 1 + (seed >> 16) % 32 : stream.size();
            const QList<QByteArray> lines = reader.feed(stream.mid(pos, n));
            FUZZ_CHECK(!reader.overflowed() || reader.pending() == 0, QStringLiteral("bytes held after an overflow"));
            got << lines;
            pos += n;
        }
        FUZZ_CHECK(got == want.lines, QStringLiteral("lines %1, expected %2").arg(describe(got), describe(want.lines)));
        FUZZ_CHECK(reader.overflowed() == want.overflow, QStringLiteral("overflow %1").arg(reader.overflowed()));
        if (!want.overflow)
            FUZZ_CHECK(reader.pending() == want.pending, QStringLiteral("pending %1, expected %2").arg(reader.pending()).arg(want.pending));
        FUZZ_CHECK(reader.feed(QByteArrayLiteral("x\n")).isEmpty() || !want.overflow, QStringLiteral("a line after an overflow"));
    }
    return 0;
}
