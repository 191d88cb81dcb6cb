# files of ui/workflow: the cartable
target_sources(vafa_ui PRIVATE
    workflow/CartablePages.h workflow/CartablePages.cpp)
