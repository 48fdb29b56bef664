#include "settings/languagechooser.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace Qddns::Gui {

namespace {
const QString kLanguageKey = QStringLiteral("language");

// Set once at start-up by installTranslations(); the chooser compares the stored choice with it.
QString &activeLanguage()
{
    static QString active;
    return active;
}
} // namespace

LanguageChooser::LanguageChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_hint(new QLabel(tr("Takes effect when qddns starts next."), this))
{
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(tr("System default"), QString());
    for (const QString &name : shippedLanguages())
        m_combo->addItem(displayName(name), name);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(chosenLanguage())));
    m_hint->setObjectName(QStringLiteral("languageHint"));
    m_hint->setVisible(chosenLanguage() != activeLanguage());

    auto *label = new QLabel(tr("Language:"), this);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(label);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString name = m_combo->itemData(index).toString();
        setChosenLanguage(name);
        m_hint->setVisible(name != activeLanguage());
    });
}

QStringList LanguageChooser::shippedLanguages()
{
    // Compiled in by translations/CMakeLists.txt, one per .ts file.
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("qddns_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.mid(6, file.size() - 6 - 3)); // qddns_<name>.qm
    return names;
}

QString LanguageChooser::chosenLanguage()
{
    const QString name = QSettings().value(kLanguageKey).toString();
    return shippedLanguages().contains(name) ? name : QString();
}

void LanguageChooser::setChosenLanguage(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, name);
}

QString LanguageChooser::displayName(const QString &name)
{
    const QLocale locale(name);
    QString text = locale.nativeLanguageName();
    if (text.isEmpty())
        return name;
    text[0] = text.at(0).toUpper(); // "русский" in a list reads "Русский"
    // Only a catalogue for one country names it ("pt_BR": Português (Brasil)).
    if (name.contains(QLatin1Char('_')))
        text += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return text;
}

void LanguageChooser::setActiveLanguage(const QString &name)
{
    activeLanguage() = name;
}

bool LanguageChooser::restartHintShown() const
{
    return !m_hint->isHidden();
}

} // namespace Qddns::Gui
