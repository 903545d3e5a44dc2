#include "timerangeselection.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>

TimeRangeSelection::TimeRangeSelection(QObject *parent)
    : QObject(parent), m_today(QDate::currentDate())
{
    m_customTo = m_today;
    m_customFrom = m_today.addDays(-29);
}

void TimeRangeSelection::setPreset(Preset preset)
{
    if (m_preset == preset)
        return;
    m_preset = preset;
    Q_EMIT changed();
}

void TimeRangeSelection::setCustomFrom(const QDate &date)
{
    if (!date.isValid() || m_customFrom == date)
        return;
    m_customFrom = date;
    if (m_customTo < m_customFrom)
        m_customTo = m_customFrom;
    Q_EMIT changed();
}

void TimeRangeSelection::setCustomTo(const QDate &date)
{
    if (!date.isValid() || m_customTo == date)
        return;
    m_customTo = date;
    if (m_customFrom > m_customTo)
        m_customFrom = m_customTo;
    Q_EMIT changed();
}

QString TimeRangeSelection::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDate TimeRangeSelection::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QLocale().toDate(trimmed, dateFormat());
    return date.isValid() ? date : QDate::fromString(trimmed, Qt::ISODate);
}

QTime TimeRangeSelection::parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("H:mm:ss")}) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid())
            return time;
    }
    return QLocale().toTime(trimmed, QLocale::ShortFormat);
}

bool TimeRangeSelection::setCustomFromText(const QString &isoDate)
{
    const QDate date = parseDate(isoDate);
    if (!date.isValid())
        return false;
    setCustomFrom(date);
    return true;
}

bool TimeRangeSelection::setCustomToText(const QString &isoDate)
{
    const QDate date = parseDate(isoDate);
    if (!date.isValid())
        return false;
    setCustomTo(date);
    return true;
}

void TimeRangeSelection::setToday(const QDate &today)
{
    m_todayPinned = true;
    if (m_today == today)
        return;
    m_today = today;
    Q_EMIT changed();
}

void TimeRangeSelection::refresh()
{
    if (m_todayPinned || m_today == QDate::currentDate())
        return;
    m_today = QDate::currentDate();
    Q_EMIT changed();
}

QDate TimeRangeSelection::firstDay() const
{
    switch (m_preset) {
    case Today:
        return m_today;
    case Last7Days:
        return m_today.addDays(-6);
    case Last30Days:
        return m_today.addDays(-29);
    case Last90Days:
        return m_today.addDays(-89);
    case Custom:
        break;
    }
    return m_customFrom;
}

QDate TimeRangeSelection::lastDay() const
{
    return m_preset == Custom ? m_customTo : m_today;
}

qint64 TimeRangeSelection::fromMs() const
{
    return firstDay().startOfDay().toMSecsSinceEpoch();
}

qint64 TimeRangeSelection::toMs() const
{
    return lastDay().addDays(1).startOfDay().toMSecsSinceEpoch();
}

int TimeRangeSelection::days() const
{
    return int(firstDay().daysTo(lastDay())) + 1;
}

QString TimeRangeSelection::label() const
{
    const QLocale locale;
    if (days() == 1)
        return locale.toString(firstDay(), QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(firstDay(), QLocale::ShortFormat),
                             locale.toString(lastDay(), QLocale::ShortFormat));
}

QStringList TimeRangeSelection::presetNames() const
{
    return {tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom")};
}
