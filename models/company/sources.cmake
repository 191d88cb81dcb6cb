# files of models/company: starting a real company (its profile, first administrator, starter content)
target_sources(vafa_models PRIVATE
    company/CompanyInitCommand.h company/CompanyInitCommand.cpp
    company/CompanyProfile.h company/CompanyProfile.cpp
    company/CompanySetup.h company/CompanySetup.cpp
    company/GettingStarted.h company/GettingStarted.cpp
    company/StarterPreset.h company/StarterPreset.cpp)
