#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTranslator>

#include <memory>

// The language of the window and of numbers and dates. The languages offered are those whose
// compiled translations (llmledger_<code>.qm) are in the translations folder (:/i18n, embedded
// by translations/CMakeLists.txt), each named in its own language; "" is the system's language.
// A choice installs the QTranslator over the English one (which holds the plural forms, and
// answers for anything not translated yet), makes the language QLocale's default, saves it in
// the window's preferences (DesktopPreferences::settingsFile()) and retranslates the QML engine,
// so the window changes at once.
class LanguageManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // For a ComboBox: index 0 is "System default", then languageCodes() in order.
    Q_PROPERTY(QStringList languageNames READ languageNames NOTIFY languageChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY languageChanged)

public:
    explicit LanguageManager(QString translationsDir = QStringLiteral(":/i18n"),
                             QObject *parent = nullptr);
    ~LanguageManager() override;

    // The engine retranslated on change (none: only the C++ side changes).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // Applies the saved choice; call once before the window loads.
    void applySavedLanguage();

    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    QStringList languageCodes() const { return m_codes; }
    QStringList languageNames() const;
    int currentIndex() const;
    void setCurrentIndex(int index);

    // The locale's name in its own language ("Deutsch", "中文 (中国)").
    static QString nativeName(const QString &code);

Q_SIGNALS:
    void languageChanged();

private:
    void apply(const QString &code);

    QString m_translationsDir;
    QStringList m_codes;
    QString m_language;
    bool m_applied = false;
    std::unique_ptr<QTranslator> m_base;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};
