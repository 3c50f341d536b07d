#include "letters/LetterStatusBoard.h"

#include "money/MoneyFormat.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace tl::ui {

namespace {

using BoardColumn = core::LetterQuery::BoardColumn;

const QList<BoardColumn>& boardColumns()
{
    static const QList<BoardColumn> columns{
        BoardColumn::Draft,     BoardColumn::Sent,       BoardColumn::AwaitingPastDeadline,
        BoardColumn::Confirmed, BoardColumn::Difference, BoardColumn::NoReply,
        BoardColumn::Cancelled};
    return columns;
}

// The accent of a tile: attention for replies past the deadline, differences and no replies.
QString accentOf(const QString& key)
{
    if (key == QLatin1String("overdue") || key == QLatin1String("no_reply"))
        return QStringLiteral("#b02020");
    if (key == QLatin1String("difference"))
        return QStringLiteral("#b36b00");
    if (key == QLatin1String("confirmed"))
        return QStringLiteral("#1e7b34");
    return QStringLiteral("#2b5797");
}

} // namespace

LetterStatusBoard::LetterStatusBoard(QWidget* parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("letterBoard"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_group->setExclusive(true);
    addTile(QString());
    for (BoardColumn column : boardColumns())
        addTile(core::LetterQuery::boardColumnKey(column));
    layout->addStretch(1);
    m_tiles.value(QString())->setChecked(true);
    QList<core::LetterQuery::BoardEntry> empty;
    for (BoardColumn column : boardColumns()) {
        core::LetterQuery::BoardEntry e;
        e.column = column;
        e.key = core::LetterQuery::boardColumnKey(column);
        e.name = core::LetterQuery::boardColumnName(column);
        empty << e;
    }
    setEntries(empty);
}

QToolButton* LetterStatusBoard::addTile(const QString& key)
{
    auto* tile = new QToolButton(this);
    tile->setObjectName(key.isEmpty() ? QStringLiteral("tile_all") : QStringLiteral("tile_") + key);
    tile->setCheckable(true);
    tile->setAutoRaise(false);
    tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tile->setMinimumWidth(110);
    tile->setStyleSheet(
        QStringLiteral("QToolButton { border: 1px solid palette(mid); border-left: 4px solid %1; "
                       "border-radius: 3px; padding: 4px 8px; text-align: left; }"
                       "QToolButton:checked { background: palette(highlight); "
                       "color: palette(highlighted-text); }")
            .arg(accentOf(key)));
    m_group->addButton(tile);
    m_tiles.insert(key, tile);
    static_cast<QHBoxLayout*>(layout())->addWidget(tile);
    connect(tile, &QToolButton::clicked, this, [this, key] {
        m_chosen = key;
        emit columnChosen(key);
    });
    return tile;
}

void LetterStatusBoard::setEntries(const QList<core::LetterQuery::BoardEntry>& entries)
{
    m_entries = entries;
    qint64 count = 0;
    qint64 balance = 0;
    for (const core::LetterQuery::BoardEntry& e : entries) {
        if (e.column != BoardColumn::Cancelled) {
            count += e.count;
            balance += e.balance;
        }
        if (QToolButton* tile = m_tiles.value(e.key)) {
            tile->setText(tr("%1\n%n letter(s)\n%2", nullptr, int(e.count))
                              .arg(e.name, core::formatMoney(core::Money::fromFen(e.balance))));
            tile->setToolTip(tr("Show only: %1").arg(e.name));
        }
    }
    QToolButton* all = m_tiles.value(QString());
    all->setText(tr("All letters\n%n letter(s)\n%1", nullptr, int(count))
                     .arg(core::formatMoney(core::Money::fromFen(balance))));
    all->setToolTip(tr("Every letter of the filter; the count and balance leave out cancelled letters"));
}

qint64 LetterStatusBoard::countOf(const QString& key) const
{
    for (const core::LetterQuery::BoardEntry& e : m_entries)
        if (e.key == key)
            return e.count;
    return 0;
}

qint64 LetterStatusBoard::balanceOf(const QString& key) const
{
    for (const core::LetterQuery::BoardEntry& e : m_entries)
        if (e.key == key)
            return e.balance;
    return 0;
}

void LetterStatusBoard::setChosen(const QString& key)
{
    if (QToolButton* tile = m_tiles.value(key)) {
        tile->setChecked(true);
        m_chosen = key;
    }
}

QString LetterStatusBoard::tileText(const QString& key) const
{
    QToolButton* tile = m_tiles.value(key);
    return tile ? tile->text() : QString();
}

} // namespace tl::ui
