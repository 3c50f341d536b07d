#pragma once

#include "letters/LetterQuery.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace tl::ui {

// The letters' status board (DESIGN §2.4): one tile per column of core::LetterQuery::statusBoard — drafts,
// sent (within the reply deadline), awaiting a reply past the deadline, confirmed, difference, no reply,
// cancelled — with the count and the balance, plus "All". Clicking a tile filters the list to it
// (columnChosen with the column's key, "" for All).
class LetterStatusBoard : public QWidget
{
    Q_OBJECT
public:
    explicit LetterStatusBoard(QWidget* parent = nullptr);

    void setEntries(const QList<core::LetterQuery::BoardEntry>& entries);
    const QList<core::LetterQuery::BoardEntry>& entries() const { return m_entries; }
    qint64 countOf(const QString& key) const;
    qint64 balanceOf(const QString& key) const;
    QString chosen() const { return m_chosen; }
    void setChosen(const QString& key); // "" = All; does not emit
    QString tileText(const QString& key) const;

signals:
    void columnChosen(const QString& key);

private:
    QToolButton* addTile(const QString& key);

    QList<core::LetterQuery::BoardEntry> m_entries;
    QHash<QString, QToolButton*> m_tiles;
    QButtonGroup* m_group;
    QString m_chosen;
};

} // namespace tl::ui
