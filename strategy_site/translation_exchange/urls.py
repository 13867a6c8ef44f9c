from django.urls import path

from . import views

app_name = "translation_exchange"
urlpatterns = [
    path("export/", views.ExportView.as_view(), name="export"),
    path("import/", views.ImportView.as_view(), name="import"),
]
