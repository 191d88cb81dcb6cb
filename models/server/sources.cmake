# files of models/server: the company's central server (DESIGN §5–§6)
target_sources(vafa_models PRIVATE
    server/ServerUrl.h server/ServerUrl.cpp
    server/ConnectionProfile.h server/ConnectionProfile.cpp
    server/ConnectionProfiles.h server/ConnectionProfiles.cpp
    server/ConnectionCheck.h server/ConnectionCheck.cpp
    server/ConnectionWatch.h server/ConnectionWatch.cpp)
