#pragma once

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QTime>

// The period a page shows — today, the last 7/30/90 days, or custom dates — resolved into
// half-open unix-ms bounds in local time, with the previous period of the same length (for
// "change vs previous period") and the chart bucket that suits its length. Pages bind their
// models' fromMs/toMs to it; no date arithmetic happens in QML.
class TimeRangeSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Preset preset READ preset WRITE setPreset NOTIFY changed)
    Q_PROPERTY(QDate customFrom READ customFrom WRITE setCustomFrom NOTIFY changed)
    Q_PROPERTY(QDate customTo READ customTo WRITE setCustomTo NOTIFY changed)
    Q_PROPERTY(qint64 fromMs READ fromMs NOTIFY changed)
    Q_PROPERTY(qint64 toMs READ toMs NOTIFY changed)
    Q_PROPERTY(qint64 previousFromMs READ previousFromMs NOTIFY changed)
    Q_PROPERTY(qint64 previousToMs READ previousToMs NOTIFY changed)
    Q_PROPERTY(bool hourly READ hourly NOTIFY changed)
    Q_PROPERTY(int days READ days NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QStringList presetNames READ presetNames CONSTANT)

public:
    enum Preset { Today, Last7Days, Last30Days, Last90Days, Custom };
    Q_ENUM(Preset)

    explicit TimeRangeSelection(QObject *parent = nullptr);

    Preset preset() const { return m_preset; }
    void setPreset(Preset preset);
    QDate customFrom() const { return m_customFrom; }
    void setCustomFrom(const QDate &date);
    QDate customTo() const { return m_customTo; }
    void setCustomTo(const QDate &date);

    qint64 fromMs() const;
    qint64 toMs() const;
    qint64 previousFromMs() const { return 2 * fromMs() - toMs(); }
    qint64 previousToMs() const { return fromMs(); }
    bool hourly() const { return days() <= 2; } // hourly buckets for up to two days
    int days() const;
    QString label() const;
    QStringList presetNames() const;

    // Dates typed by the user, ISO ("2026-11-23") or in dateFormat(); false (and no change)
    // if not a date.
    Q_INVOKABLE bool setCustomFromText(const QString &isoDate);
    Q_INVOKABLE bool setCustomToText(const QString &isoDate);
    Q_INVOKABLE QString isoDate(const QDate &date) const { return date.toString(Qt::ISODate); }

    // The locale's short date format with a four-digit year (e.g. "M/d/yyyy"): what date
    // fields show and accept, so that a typed year is never read as 19xx.
    static QString dateFormat();
    static QString formatDate(const QDate &date) { return QLocale().toString(date, dateFormat()); }
    // A date in dateFormat() or ISO 8601; invalid if neither.
    static QDate parseDate(const QString &text);
    // A time "14:30", "9:05" or in the locale's short time format; invalid if none of them.
    static QTime parseTime(const QString &text);

    // The clock "today" is measured against; tests pin it.
    void setToday(const QDate &today);
    // Re-reads the clock (e.g. after midnight); emits changed() if the day moved on.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    QDate firstDay() const;
    QDate lastDay() const; // inclusive

    Preset m_preset = Last30Days;
    QDate m_customFrom;
    QDate m_customTo;
    QDate m_today;
    bool m_todayPinned = false;
};
