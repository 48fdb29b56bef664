#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Qddns::Gui {

/// The tray app's language: "System default" (the system locale) or one of the languages built
/// into qddns. The choice is the tray's own setting (QSettings key "language": empty or a
/// catalogue's locale name such as "de" or "zh_CN"), stored at once and used from the next start:
/// the windows and the tray menu are built in the language qddns started with.
class LanguageChooser : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    /// Locale names of the catalogues built in (":/i18n/qddns_<name>.qm"), sorted: "de", "en", ...
    static QStringList shippedLanguages();
    /// The stored choice; empty for the system default, also when it names no shipped language.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &name);
    /// \a name in its own language, e.g. "Deutsch", "中文 (中国)".
    static QString displayName(const QString &name);
    /// What installTranslations() applied at start-up (empty: the system default), so the chooser
    /// can say when the stored choice differs from what is shown.
    static void setActiveLanguage(const QString &name);

    QComboBox *combo() const { return m_combo; }
    /// "Takes effect ..." while the choice differs from the running language.
    bool restartHintShown() const;

private:
    QComboBox *m_combo;
    QLabel *m_hint;
};

} // namespace Qddns::Gui
