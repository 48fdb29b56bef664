#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Qddns::Gui {

/// One log line of the agent, as the `logs` reply and the `log` event carry it.
struct LogLine
{
    QDateTime time;   // UTC
    QString level;    // "debug", "info", "warning", "error"
    QString category; // "qddns.engine"…
    QString message;

    static LogLine fromJson(const QJsonObject &object);
    bool operator==(const LogLine &) const = default;
};

/// The agent's recent log lines, oldest first, at most capacity() of them (the oldest go first).
/// Fed with the `logs` reply (setLines) and then each `log` event (appendLine).
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        LevelRankRole = Qt::UserRole + 1, // int, see levelRank()
        SearchTextRole,                   // category and message, for the text search
    };

    /// As many lines as the agent's ring keeps.
    static constexpr int kDefaultCapacity = 2000;

    explicit LogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    /// The `lines` of a `logs` reply; replaces what the model holds. Events and replies share one
    /// connection in order, so every `log` event received before this reply is already in it.
    void setLines(const QJsonArray &lines);
    /// The data of a `log` event.
    void appendLine(const QJsonObject &line);
    void appendLine(const LogLine &line);
    void clear();

    const QList<LogLine> &lines() const { return m_lines; }
    const LogLine &line(int row) const { return m_lines.at(row); }

    /// Severity of a level name: debug 0, info 1, warning 2, error 3; an unknown level counts as info.
    static int levelRank(const QString &level);
    /// "Debug", "Info"… for people.
    static QString levelText(const QString &level);
    /// Local time for the table.
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trim();

    QList<LogLine> m_lines;
    int m_capacity = kDefaultCapacity;
};

} // namespace Qddns::Gui
