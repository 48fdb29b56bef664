#pragma once

// A small real filesystem a test can fill up: a tmpfs of a few KiB mounted on a temporary
// directory (needs root, as in CI), unmounted when the object goes.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Qddns::Test {

class SmallTmpfs
{
public:
    /// \brief Mounts a tmpfs of \a kib KiB; error() tells why not.
    explicit SmallTmpfs(int kib = 64)
    {
        if (::geteuid() != 0) {
            m_error = QStringLiteral("needs root to mount a tmpfs");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0700";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                    options.constData()) != 0) {
            m_error = QStringLiteral("mount tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// \brief Fills the filesystem until a write fails with ENOSPC; true when it is full.
    bool fill()
    {
        QFile filler(filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size()) {
        }
        // The last partial block may have fit: write byte by byte until nothing more does.
        while (filler.write("x", 1) == 1) {
        }
        return true;
    }
    /// \brief Frees the space fill() took.
    void drain() { QFile::remove(filePath(QStringLiteral(".filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_error;
};

} // namespace Qddns::Test
