# files of models/server: the company's central server (DESIGN §5–§6)
target_sources(vafa_models PRIVATE
    server/ServerUrl.h server/ServerUrl.cpp
    server/ServerSetup.h server/ServerSetup.cpp
    server/ServerSignIn.h server/ServerSignIn.cpp
    server/ServerCommand.h server/ServerCommand.cpp
    server/JobQueue.h server/JobQueue.cpp
    server/JobHandlers.h server/JobHandlers.cpp
    server/ServerWorker.h server/ServerWorker.cpp
    server/ServerRunCommand.h server/ServerRunCommand.cpp
    server/ConnectionProfile.h server/ConnectionProfile.cpp
    server/ConnectionProfiles.h server/ConnectionProfiles.cpp
    server/ConnectionCheck.h server/ConnectionCheck.cpp
    server/ConnectionWatch.h server/ConnectionWatch.cpp)
