#include "switchdelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int switchWidth = 56;
constexpr int switchHeight = 22;

QRect switchRect(const QRect &cell)
{
    const QSize size(switchWidth, switchHeight);
    return QRect(cell.center() - QPoint(size.width() / 2, size.height() / 2), size);
}
} // namespace

void SwitchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background and selection as any cell, without the check box or text.
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool on = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    const QPalette &palette = option.palette;
    const QRect track = switchRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(on ? palette.color(QPalette::Highlight) : palette.color(QPalette::Button));
    painter->drawRoundedRect(track, track.height() / 2.0, track.height() / 2.0);

    const int knob = track.height() - 4;
    const QRect knobRect(on ? track.right() - knob - 1 : track.left() + 3, track.top() + 2, knob,
                         knob);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(knobRect);

    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    painter->setFont(font);
    painter->setPen(on ? palette.color(QPalette::HighlightedText)
                       : palette.color(QPalette::ButtonText));
    const QRect textRect = on
        ? QRect(track.left() + 6, track.top(), track.width() - knob - 10, track.height())
        : QRect(track.left() + knob + 6, track.top(), track.width() - knob - 10, track.height());
    painter->drawText(textRect, Qt::AlignCenter, on ? tr("ON") : tr("OFF"));

    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(track.adjusted(-2, -2, 2, 2), track.height() / 2.0 + 2,
                                 track.height() / 2.0 + 2);
    }
    painter->restore();
}

int SwitchDelegate::cellWidth()
{
    return switchWidth + 16;
}

QSize SwitchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), cellWidth()), std::max(base.height(), switchHeight + 6)};
}

bool SwitchDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!(model->flags(index) & Qt::ItemIsUserCheckable)
        || !(model->flags(index) & Qt::ItemIsEnabled)) {
        return false;
    }
    bool toggle = false;
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        toggle =
            mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
        // Swallowed so that a double click does not start editing or toggle twice.
        return option.rect.contains(static_cast<QMouseEvent *>(event)->position().toPoint());
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
        break;
    }
    default:
        break;
    }
    if (!toggle) {
        return false;
    }
    const bool on = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    return model->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}
