# files of models/demo
target_sources(vafa_models PRIVATE
    demo/DemoData.h
    demo/DemoLicence.h
    demo/DemoCompany.h demo/DemoCompany.cpp)
