#pragma once

#include <QColor>
#include <QList>
#include <QQmlEngine>
#include <QQuickPaintedItem>

// A small trend line for table rows: the values scaled to the item (from zero, or from the
// smallest value when it is negative, up to the largest), with a light area below. Painted with
// QPainter into the item's texture, so a list of many rows needs no chart engine; paints nothing
// without values.
class Sparkline : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QList<qreal> values READ values WRITE setValues NOTIFY valuesChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor NOTIFY fillColorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)

public:
    explicit Sparkline(QQuickItem *parent = nullptr);

    QList<qreal> values() const { return m_values; }
    void setValues(const QList<qreal> &values);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor fillColor() const { return m_fillColor; }
    void setFillColor(const QColor &color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void valuesChanged();
    void colorChanged();
    void fillColorChanged();
    void lineWidthChanged();

private:
    QList<qreal> m_values;
    QColor m_color = QColor(0x30, 0x8c, 0xc6);
    QColor m_fillColor = Qt::transparent;
    qreal m_lineWidth = 1.5;
};
