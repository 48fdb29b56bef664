#include "settings/profileform.h"

#include "config/config.h"
#include "config/configkeys.h"
#include "ipc/protocol.h"
#include "settings/fielderrorlabel.h"
#include "settings/hostsuffixdialog.h"
#include "settings/profileeditormodel.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Qddns::Gui {

namespace Key = ConfigKey;

namespace {
constexpr int kFixedRows = 2; // name, provider
const QStringList kFixedKeys{Key::Name, Key::Provider, Key::Ipv4, Key::Ipv6, Key::Ttl, Key::AllowInsecureHttp};

// An editor with its error line beneath, as one cell of the form.
QWidget *withError(QWidget *editor, QLabel *error, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(cell);
    error->setParent(cell);
    layout->addWidget(editor);
    layout->addWidget(error);
    return cell;
}

// The width a line edit needs to show \a text whole (its example, a server URL): the frame and
// margins the style adds around the text, plus the text.
int widthFor(const QLineEdit *edit, const QString &text)
{
    const QFontMetrics fm = edit->fontMetrics();
    const int overhead = edit->sizeHint().width() - 17 * fm.horizontalAdvance(QLatin1Char('x'));
    return fm.horizontalAdvance(text) + overhead;
}

// No example may be cut off ("e.g. myhome.e"): the form is at least as wide as they are.
void fitPlaceholder(QLineEdit *edit)
{
    edit->setMinimumWidth(std::max(edit->minimumSizeHint().width(), widthFor(edit, edit->placeholderText())));
}
} // namespace

ProfileForm::ProfileForm(ProfileEditorModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_name(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_help(new QLabel(this))
    , m_advanced(new QGroupBox(tr("This profile"), this))
    , m_ipv4(new QCheckBox(tr("Publish the IPv4 address (A record)"), m_advanced))
    , m_ipv6(new QCheckBox(tr("Publish the IPv6 address (AAAA record)"), m_advanced))
    , m_ttl(new QSpinBox(m_advanced))
    , m_insecure(new QCheckBox(tr("Allow plain http:// for the server"), m_advanced))
    , m_insecureWarning(new QLabel(m_advanced))
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setPlaceholderText(tr("Choose your DNS provider"));
    m_providerModel = new QStandardItemModel(this);
    m_provider->setModel(m_providerModel);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setPlaceholderText(tr("Search providers"));
    m_search->setClearButtonEnabled(true);
    m_help->setObjectName(QStringLiteral("providerHelp"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setOpenExternalLinks(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);

    for (const QString &key : kFixedKeys)
        m_errors.insert(key, createFieldErrorLabel(this));

    // One form: name and provider stay, the provider's rows below them are rebuilt.
    m_form = new QFormLayout;
    m_form->addRow(tr("Profile name:"), withError(m_name, m_errors.value(Key::Name), this));
    auto *providerRow = new QWidget(this);
    auto *providerLayout = new QHBoxLayout(providerRow);
    providerLayout->setContentsMargins(0, 0, 0, 0);
    // The search first: the open list covers the combo box, not what was typed.
    providerLayout->addWidget(m_search, 1);
    providerLayout->addWidget(m_provider, 2);
    m_form->addRow(tr("Provider:"), withError(providerRow, m_errors.value(Key::Provider), this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_help);

    // Record settings of this profile; the window shows them in its advanced section.
    m_ttl->setRange(0, 86400);
    m_ttl->setSpecialValueText(tr("Provider default"));
    m_ttl->setSuffix(tr(" s"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setText(tr("Warning: over plain http:// your password or token travels unencrypted. "
                                  "Use it only for a test server on this machine."));
    QPalette warning = m_insecureWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x40, 0x00));
    m_insecureWarning->setPalette(warning);
    m_advancedForm = new QFormLayout(m_advanced);
    m_advancedForm->addRow(withError(m_ipv4, m_errors.value(Key::Ipv4), m_advanced));
    m_advancedForm->addRow(withError(m_ipv6, m_errors.value(Key::Ipv6), m_advanced));
    m_ttlCell = withError(m_ttl, m_errors.value(Key::Ttl), m_advanced);
    m_advancedForm->addRow(tr("Record TTL:"), m_ttlCell);
    m_advancedForm->addRow(withError(m_insecure, m_errors.value(Key::AllowInsecureHttp), m_advanced));
    m_advancedForm->addRow(m_insecureWarning);

    connect(m_name, &QLineEdit::textEdited, m_model, [this](const QString &text) { m_model->setName(text); });
    connect(m_provider, &QComboBox::activated, m_model,
            [this](int index) { m_model->setProvider(m_provider->itemData(index).toString()); });
    // About ninety providers: the search narrows the list, whose groups stay.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        populateProviders();
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(m_provider->findData(m_model->providerId()));
    });
    // Defaults (ipv4 on, ipv6 off, no TTL) stay out of the file: the config says only what differs.
    connect(m_ipv4, &QCheckBox::clicked, m_model, [this](bool on) { m_model->setValue(Key::Ipv4, on ? QJsonValue() : false); });
    connect(m_ipv6, &QCheckBox::clicked, m_model, [this](bool on) { m_model->setValue(Key::Ipv6, on ? true : QJsonValue()); });
    connect(m_ttl, &QSpinBox::valueChanged, m_model, [this](int ttl) { m_model->setValue(Key::Ttl, ttl > 0 ? ttl : QJsonValue()); });
    connect(m_insecure, &QCheckBox::clicked, m_model, [this](bool on) {
        m_model->setValue(Key::AllowInsecureHttp, on ? true : QJsonValue());
        m_insecureWarning->setVisible(on);
    });

    connect(m_model, &ProfileEditorModel::fieldsChanged, this, &ProfileForm::rebuild);
    connect(m_model, &ProfileEditorModel::errorsChanged, this, &ProfileForm::showErrors);
    connect(m_model, &ProfileEditorModel::edited, this, [this] {
        // A rename in the profile list; the field itself is left alone while it holds the same name.
        if (m_name->text().trimmed() != m_model->name())
            m_name->setText(m_model->name());
        refreshAdvanced();
    });
    rebuild();
}

QWidget *ProfileForm::advancedWidget() const
{
    return m_advanced;
}


void ProfileForm::rebuild()
{
    populateProviders();
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(m_provider->findData(m_model->providerId()));
    }
    if (m_name->text().trimmed() != m_model->name())
        m_name->setText(m_model->name());

    // The provider's fields, rebuilt from scratch: a different provider, a different form.
    for (const QString &key : std::as_const(m_keys))
        m_errors.remove(key);
    m_editors.clear();
    m_labels.clear();
    m_keys.clear();
    m_secrets.clear();
    m_secretStatus.clear();
    while (m_form->rowCount() > kFixedRows)
        m_form->removeRow(kFixedRows); // deletes the row's widgets

    const QList<FieldSpec> fields = m_model->fields();
    for (const FieldSpec &field : fields) {
        QWidget *editor = field.editor == FieldSpec::Editor::Secret ? createSecretEditor(field, this)
                                                                     : createEditor(field, this);
        editor->setObjectName(QStringLiteral("field_") + field.key);
        editor->setToolTip(field.help);
        QLabel *error = createFieldErrorLabel(this);
        error->setObjectName(QStringLiteral("error_") + field.key);
        auto *label = new QLabel(field.required ? tr("%1 (required):").arg(field.label) : tr("%1:").arg(field.label), this);
        label->setToolTip(field.help);
        m_form->addRow(label, withError(editor, error, this));
        m_editors.insert(field.key, editor);
        m_labels.insert(field.key, label);
        m_errors.insert(field.key, error);
        m_keys.append(field.key);
    }
    m_help->setText(m_model->helpHtml());
    m_help->setVisible(!m_help->text().isEmpty());
    refreshAdvanced();
    showErrors();
}

QString ProfileForm::categoryLabel(const QString &category)
{
    namespace C = Ipc::ProviderCategoryWord;
    if (category == C::DynDns)
        return tr("DynDNS-style services");
    if (category == C::DnsHosting)
        return tr("DNS hosting APIs");
    if (category == C::Registrar)
        return tr("Registrars");
    if (category == C::SelfHosted)
        return tr("Self-hosted servers");
    if (category == C::Generic)
        return tr("Any server (generic protocols)");
    return tr("Other");
}

void ProfileForm::populateProviders()
{
    // Rebuilt only when the catalog or the search changed: a rebuild closes an open list.
    QStringList catalogIds = m_model->catalog().ids();
    std::sort(catalogIds.begin(), catalogIds.end());
    const QString search = m_search->text().trimmed();
    if (catalogIds == m_listedIds && search == m_listedSearch && m_listedCurrent == m_model->providerId())
        return;
    m_listedIds = catalogIds;
    m_listedSearch = search;
    m_listedCurrent = m_model->providerId();

    // Groups in a fixed order (the words are the agent's), then anything an older or newer agent sends.
    namespace C = Ipc::ProviderCategoryWord;
    QStringList order{C::DynDns, C::DnsHosting, C::Registrar, C::SelfHosted, C::Generic};
    QList<ProviderEntry> entries = m_model->catalog().providers();
    for (const ProviderEntry &e : std::as_const(entries)) {
        if (!order.contains(e.category))
            order.append(e.category);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&collator](const ProviderEntry &a, const ProviderEntry &b) { return collator.compare(a.name, b.name) < 0; });
    const auto matches = [&search](const ProviderEntry &e) {
        return search.isEmpty() || e.name.contains(search, Qt::CaseInsensitive) || e.id.contains(search, Qt::CaseInsensitive)
            || categoryLabel(e.category).contains(search, Qt::CaseInsensitive)
            || e.website.contains(search, Qt::CaseInsensitive);
    };

    const QSignalBlocker blocker(m_provider);
    QStandardItemModel *model = m_providerModel;
    model->clear();
    int shown = 0;
    for (const QString &category : std::as_const(order)) {
        QList<QStandardItem *> items;
        for (const ProviderEntry &e : std::as_const(entries)) {
            // The chosen provider stays listed whatever the search, so the choice still shows.
            if (e.category != category || !(matches(e) || e.id == m_listedCurrent))
                continue;
            auto *item = new QStandardItem(e.name);
            item->setData(e.id, Qt::UserRole);
            const QString checked = e.checked.isValid() ? QLocale().toString(e.checked, QLocale::ShortFormat) : tr("not yet");
            item->setToolTip(e.documentation.isEmpty() ? e.website
                                                       : tr("%1\nDocumentation: %2\nChecked against it: %3").arg(e.website, e.documentation, checked));
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        // A group's heading: shown, never chosen.
        auto *heading = new QStandardItem(categoryLabel(category));
        heading->setFlags(Qt::NoItemFlags);
        QFont bold = m_provider->font();
        bold.setBold(true);
        heading->setFont(bold);
        model->appendRow(heading);
        for (QStandardItem *item : std::as_const(items))
            model->appendRow(item);
        shown += int(items.size());
    }
    m_search->setToolTip(search.isEmpty() ? QString() : tr("%n provider(s) found", nullptr, shown));
}

QWidget *ProfileForm::createEditor(const FieldSpec &field, QWidget *parent)
{
    const QString key = field.key;
    const QJsonValue value = m_model->value(key);
    switch (field.editor) {
    case FieldSpec::Editor::HostList: {
        auto *cell = new QWidget(parent);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(m_model->hostsText(), cell);
        edit->setPlaceholderText(field.placeholder);
        fitPlaceholder(edit);
        layout->addWidget(edit, 1);
        // Hosts behind the agent (a NAS, a printer) publish the prefix with their own suffix.
        auto *suffixes = new QToolButton(cell);
        suffixes->setObjectName(QStringLiteral("hostSuffixes"));
        suffixes->setToolTip(tr("Give hosts on your network their own IPv6 address: the detected prefix with "
                                "the host's interface identifier"));
        const ProviderEntry *provider = m_model->provider();
        suffixes->setVisible(!provider || provider->ipv6);
        layout->addWidget(suffixes);
        const auto describe = [this, suffixes, edit] {
            qsizetype count = 0;
            for (const QString &host : m_model->hostNames())
                count += m_model->hostSuffix(host).suffix.isEmpty() ? 0 : 1;
            suffixes->setText(count ? tr("IPv6 suffixes (%1)...").arg(count) : tr("IPv6 suffixes..."));
            suffixes->setEnabled(!edit->text().trimmed().isEmpty());
        };
        describe();
        connect(edit, &QLineEdit::textEdited, m_model, [this, describe](const QString &text) {
            m_model->setHostsText(text);
            describe();
        });
        connect(suffixes, &QToolButton::clicked, suffixes, [this, suffixes, describe] {
            auto *dialog = new HostSuffixDialog(m_model, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, suffixes, describe);
            dialog->open();
        });
        return cell;
    }
    case FieldSpec::Editor::CheckBox: {
        auto *box = new QCheckBox(parent);
        box->setTristate(field.tristate);
        if (value.isBool())
            box->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        else if (field.tristate)
            box->setCheckState(Qt::PartiallyChecked);
        else
            box->setChecked(field.defaultValue.toBool());
        // Without a default, "not set" differs from "no" (e.g. keep what the provider has): say which.
        const auto describe = [box] {
            if (box->isTristate())
                box->setText(box->checkState() == Qt::PartiallyChecked ? tr("not set: the provider decides")
                             : box->isChecked() ? tr("yes") : tr("no"));
        };
        describe();
        connect(box, &QCheckBox::clicked, m_model, [this, box, key, describe] {
            const Qt::CheckState state = box->checkState();
            describe();
            m_model->setValue(key, state == Qt::PartiallyChecked ? QJsonValue() : QJsonValue(state == Qt::Checked));
        });
        return box;
    }
    case FieldSpec::Editor::SpinBox: {
        auto *spin = new QSpinBox(parent);
        const bool hasDefault = field.defaultValue.isDouble();
        spin->setRange(hasDefault ? 0 : -1, std::numeric_limits<int>::max());
        if (!hasDefault)
            spin->setSpecialValueText(tr("Not set"));
        spin->setValue(value.isDouble() ? value.toInt() : hasDefault ? field.defaultValue.toInt() : -1);
        connect(spin, &QSpinBox::valueChanged, m_model,
                [this, key](int v) { m_model->setValue(key, v < 0 ? QJsonValue() : QJsonValue(v)); });
        return spin;
    }
    case FieldSpec::Editor::LineEdit:
    case FieldSpec::Editor::Secret:
        break;
    }
    auto *edit = new QLineEdit(value.isString() ? value.toString() : value.toVariant().toString(), parent);
    edit->setPlaceholderText(field.placeholder);
    fitPlaceholder(edit);
    connect(edit, &QLineEdit::textEdited, m_model, [this, key](const QString &text) { m_model->setValue(key, text); });
    return edit;
}

QWidget *ProfileForm::createSecretEditor(const FieldSpec &field, QWidget *parent)
{
    const QString credential = field.credential;
    const QJsonValue source = m_model->credentialSource(credential);
    if (!ProfileEditorModel::isKeychainSource(source)) {
        // Another source the user set up in the file: shown, kept, not editable here.
        const QJsonObject o = source.toObject();
        const QString where = o.value(Key::Path).toString(o.value(Key::Name).toString());
        auto *label = new QLabel(tr("Read by the agent from its %1 source %2; not stored in the keychain.")
                                     .arg(o.value(Key::Source).toString(), where), parent);
        label->setWordWrap(true);
        return label;
    }
    if (m_agentIsOtherUser) {
        const QString profile = m_model->name().isEmpty() ? tr("PROFILE") : m_model->name();
        const QString command = credential == kPrimaryCredential
            ? QStringLiteral("qddns-agent secret set %1").arg(profile)
            : QStringLiteral("qddns-agent secret set %1 --field %2").arg(profile, credential);
        auto *label = new QLabel(tr("The agent runs under another account and cannot read your keychain. Give it the "
                                    "secret as that user with \"%1\", as a systemd credential "
                                    "({\"source\": \"systemd-credential\", \"name\": ...}) or in a file only that "
                                    "account can read ({\"source\": \"file\", \"path\": ...}).")
                                     .arg(command), parent);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
    auto *cell = new QWidget(parent);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(cell);
    // The primary keeps the name it had before named credentials (scripts and tests find it so).
    edit->setObjectName(credential == kPrimaryCredential ? QStringLiteral("secretEdit") : QStringLiteral("secretEdit_") + credential);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    auto *status = new QLabel(cell);
    status->setObjectName(QStringLiteral("secretStatus_") + credential);
    layout->addWidget(edit, 1);
    layout->addWidget(status);
    m_secrets.insert(credential, edit);
    m_secretStatus.insert(credential, status);
    connect(edit, &QLineEdit::textEdited, this, [this, credential](const QString &text) {
        updateSecretPlaceholders();
        Q_EMIT secretEdited(credential, text);
    });
    updateSecretPlaceholders();
    return cell;
}

void ProfileForm::updateSecretPlaceholders()
{
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        QLineEdit *edit = it.value();
        QLabel *status = m_secretStatus.value(it.key());
        if (!edit->text().isEmpty()) {
            status->setText(tr("stored when you save"));
        } else if (m_stored.contains(it.key())) {
            edit->setPlaceholderText(tr("stored in the keychain; type to replace it"));
            status->setText(tr("stored"));
        } else {
            edit->setPlaceholderText(tr("not stored yet"));
            status->setText(tr("not stored"));
        }
    }
}

void ProfileForm::setStoredCredentials(const QSet<QString> &stored)
{
    m_stored = stored;
    updateSecretPlaceholders();
}

void ProfileForm::setPendingSecrets(const QHash<QString, QString> &secrets)
{
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        it.value()->setText(secrets.value(it.key()));
    updateSecretPlaceholders();
}

void ProfileForm::setAgentIsOtherUser(bool otherUser)
{
    if (m_agentIsOtherUser == otherUser)
        return;
    m_agentIsOtherUser = otherUser;
    rebuild();
}

bool ProfileForm::offersTtl() const
{
    return m_advancedForm->isRowVisible(m_ttlCell);
}

QString ProfileForm::secretStatusText(const QString &credential) const
{
    const QLabel *status = m_secretStatus.value(credential.isEmpty() ? QString(kPrimaryCredential) : credential);
    return status ? status->text() : QString();
}

QLineEdit *ProfileForm::secretEdit(const QString &credential) const
{
    return m_secrets.value(credential.isEmpty() ? QString(kPrimaryCredential) : credential);
}

QString ProfileForm::fieldErrorText(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProfileForm::refreshAdvanced()
{
    const QSignalBlocker b4(m_ipv4), b6(m_ipv6), bt(m_ttl), bi(m_insecure);
    const ProviderEntry *provider = m_model->provider();
    m_ipv4->setChecked(m_model->value(Key::Ipv4).toBool(true));
    m_ipv6->setChecked(m_model->value(Key::Ipv6).toBool(false));
    // Only what the provider uses (a value set anyway stays visible, so it can be taken out).
    m_ipv4->setVisible(!provider || provider->ipv4 || !m_ipv4->isChecked());
    m_ipv6->setVisible(!provider || provider->ipv6 || m_ipv6->isChecked());
    m_advancedForm->setRowVisible(m_ttlCell, m_model->showsTtl());
    m_ttl->setValue(m_model->value(Key::Ttl).toInt(0));
    const bool insecure = m_model->value(Key::AllowInsecureHttp).toBool(false);
    m_insecure->setChecked(insecure);
    m_insecureWarning->setVisible(insecure);
}

void ProfileForm::showErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = m_model->fieldError(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

} // namespace Qddns::Gui
