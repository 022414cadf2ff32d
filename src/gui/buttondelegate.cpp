#include "buttondelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

ButtonDelegate::ButtonDelegate(const QIcon &icon, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icon(icon)
{ }

void ButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QStyleOptionToolButton button;
    button.rect = QRect(option.rect.center() - QPoint(12, 12), QSize(24, 24));
    button.icon = m_icon;
    button.iconSize = QSize(16, 16);
    button.state = QStyle::State_Enabled | QStyle::State_AutoRaise;
    if (option.state & QStyle::State_MouseOver) {
        button.state |= QStyle::State_MouseOver | QStyle::State_Raised;
    }
    button.subControls = QStyle::SC_ToolButton;
    button.toolButtonStyle = Qt::ToolButtonIconOnly;
    style->drawComplexControl(QStyle::CC_ToolButton, &button, painter, widget);
}

QSize ButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 36), std::max(base.height(), 28)};
}

bool ButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && option.rect.contains(mouse->position().toPoint())) {
            Q_EMIT clicked(index);
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Select) {
            Q_EMIT clicked(index);
            return true;
        }
    }
    return false;
}
