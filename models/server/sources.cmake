# files of models/server: the company's central server (DESIGN §5–§6)
target_sources(vafa_models PRIVATE
    server/ServerUrl.h server/ServerUrl.cpp)
