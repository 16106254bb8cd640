from django.urls import path

from contacts import views

urlpatterns = [
    path("contact/now.json", views.now_json, name="contacts-now"),
]
