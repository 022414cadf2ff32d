#pragma once

#include <QStyledItemDelegate>

// Paints a checkable cell as HitBTC's ON/OFF switch (with the word, not colour alone) and turns
// a click anywhere in the cell, or Space, into setData on Qt::CheckStateRole.
class SwitchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width a cell needs, whatever its key: the switch has one size.
    static int cellWidth();

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
