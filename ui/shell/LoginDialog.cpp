#include "shell/LoginDialog.h"

#include "auth/AuthService.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tl::ui {

struct LoginDialog::Outcome
{
    bool ok = false;
    core::Session session;
    QString message;
};

LoginDialog::LoginDialog(const QString& databasePath, const core::Clock& clock, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_clock(clock), m_company(new QLabel(this)),
      m_notice(new QLabel(this)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_login(new QPushButton(tr("&Log in"), this))
{
    setWindowTitle(tr("TeamLedger — log in"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/teamledger.svg")));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/teamledger.svg")).pixmap(48, 48));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    auto* title = new QLabel(tr("<span style='font-size:16pt; font-weight:600'>TeamLedger</span>"), this);
    titles->addWidget(title);
    m_company->setWordWrap(true);
    m_company->hide();
    titles->addWidget(m_company);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#e8f0fb; border:1px solid #9bb7d9; border-radius:4px; "
                                           "padding:6px;"));
    m_notice->hide();
    layout->addWidget(m_notice);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    form->addRow(tr("&User name:"), m_username);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b02020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setWordWrap(true);
    database->setStyleSheet(QStringLiteral("color: palette(mid);"));
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(database);

    auto* buttons = new QDialogButtonBox(this);
    m_login->setDefault(true);
    buttons->addButton(m_login, QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void LoginDialog::setCompanyName(const QString& name)
{
    m_company->setText(name);
    m_company->setVisible(!name.isEmpty());
}

void LoginDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Checking…") : tr("&Log in"));
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    const QString password = m_password->text();
    const QString path = m_databasePath;
    const core::Clock* clock = &m_clock;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finishAttempt(outcome);
    });
    watcher->setFuture(QtConcurrent::run([path, clock, username, password]() -> Outcome {
        Outcome outcome;
        auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
        if (!db) {
            outcome.message = db.error().fullText();
            return outcome;
        }
        const core::Context ctx{**db, *clock, core::Session{}, nullptr};
        auto session = core::AuthService(ctx).login(username, password);
        if (!session) {
            outcome.message = session.error().message;
            return outcome;
        }
        outcome.ok = true;
        outcome.session = session.value();
        return outcome;
    }));
}

void LoginDialog::finishAttempt(const Outcome& outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        showError(outcome.message);
        m_password->selectAll();
        m_password->setFocus();
        emit attemptFinished(false);
        return;
    }
    m_session = outcome.session;
    m_password->clear();
    emit attemptFinished(true);
    QDialog::accept();
}

} // namespace tl::ui
