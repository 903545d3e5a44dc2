#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

Sparkline::Sparkline(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setImplicitSize(80, 24);
}

void Sparkline::setValues(const QList<qreal> &values)
{
    if (m_values == values)
        return;
    m_values = values;
    Q_EMIT valuesChanged();
    update();
}

void Sparkline::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void Sparkline::setFillColor(const QColor &color)
{
    if (m_fillColor == color)
        return;
    m_fillColor = color;
    Q_EMIT fillColorChanged();
    update();
}

void Sparkline::setLineWidth(qreal width)
{
    width = qMax<qreal>(0.5, width);
    if (qFuzzyCompare(m_lineWidth, width))
        return;
    m_lineWidth = width;
    Q_EMIT lineWidthChanged();
    update();
}

void Sparkline::paint(QPainter *painter)
{
    if (m_values.isEmpty() || width() <= 0 || height() <= 0)
        return;
    // Inset by half the pen so the line is not clipped at the top and bottom.
    const qreal inset = m_lineWidth / 2;
    const QRectF area = QRectF(0, 0, width(), height()).adjusted(inset, inset, -inset, -inset);
    QList<qreal> values = m_values;
    for (qreal &value : values)
        value = std::isfinite(value) ? value : 0.0;
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const qreal bottom = qMin<qreal>(0.0, *low);
    const qreal span = *high - bottom;
    auto yOf = [&](qreal value) {
        return span > 0 ? area.bottom() - (value - bottom) / span * area.height() : area.bottom();
    };

    QPainterPath line;
    if (values.size() == 1) { // one day: a level line across
        line.moveTo(area.left(), yOf(values.first()));
        line.lineTo(area.right(), yOf(values.first()));
    } else {
        const qreal step = area.width() / qreal(values.size() - 1);
        for (int i = 0; i < values.size(); ++i) {
            const QPointF point(area.left() + i * step, yOf(values.at(i)));
            if (i == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
        }
    }

    painter->setRenderHint(QPainter::Antialiasing, antialiasing());
    if (m_fillColor.alpha() > 0) {
        QPainterPath areaPath = line;
        areaPath.lineTo(area.right(), yOf(0));
        areaPath.lineTo(area.left(), yOf(0));
        areaPath.closeSubpath();
        painter->fillPath(areaPath, m_fillColor);
    }
    QPen pen(m_color, m_lineWidth);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->strokePath(line, pen);
}
