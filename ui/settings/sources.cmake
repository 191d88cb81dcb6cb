target_sources(vafa_ui PRIVATE
    settings/SettingsPages.h settings/SettingsPages.cpp)
